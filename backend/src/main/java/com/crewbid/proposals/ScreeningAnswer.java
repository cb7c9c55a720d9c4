package com.crewbid.proposals;

/**
 * A template's default answer to a kind of screening question: jobs whose question is similar to
 * {@code questionPattern} get {@code answer} (see {@link ScreeningAnswerMatching}). The answer may
 * use the same variables as the template's body.
 */
public record ScreeningAnswer(String questionPattern, String answer) {}
