package com.crewbid.proposals;

import java.util.List;
import java.util.UUID;

/**
 * A template version rendered for a proposal: the cover letter, the default screening answers with
 * their variables filled, and the variables that had no value (shown as {@code [client name]}
 * placeholders in the text, in order of first appearance). The ids are null for a draft that was
 * never saved (a preview).
 */
public record RenderedTemplate(
    UUID templateId,
    UUID versionId,
    Integer versionNumber,
    String text,
    List<ScreeningAnswer> screeningAnswers,
    List<String> missing) {}
