package com.crewbid.proposals.internal;

/**
 * The member's answer to one of the job's screening questions (kept with the question's text, as
 * the client asked it). {@code suggested} is true while the answer is still the one a template's
 * default answers suggested.
 */
public record Answer(int position, String question, String answer, boolean suggested) {

  Answer withText(String text) {
    return new Answer(position, question, text, suggested && text.equals(answer));
  }
}
