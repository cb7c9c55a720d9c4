package com.crewbid.proposals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One immutable version of a template, as proposals remember it: the exact body and default answers
 * it had, and the variables it uses.
 */
public record TemplateVersion(
    UUID id,
    UUID templateId,
    String templateName,
    int number,
    boolean current,
    boolean templateArchived,
    String body,
    List<ScreeningAnswer> screeningAnswers,
    List<String> variables,
    String authorEmail,
    Instant createdAt) {}
