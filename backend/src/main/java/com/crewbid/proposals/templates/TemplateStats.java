package com.crewbid.proposals.templates;

/**
 * How often a template (or one version) was used for a proposal, sent, replied to and led to a
 * hire. Rates are shares of the sent proposals (0 to 1), absent while none was sent.
 */
public record TemplateStats(
    long used, long sent, long replied, long hired, Double replyRate, Double hireRate) {

  public static TemplateStats of(long used, long sent, long replied, long hired) {
    return new TemplateStats(
        used,
        sent,
        replied,
        hired,
        sent == 0 ? null : (double) replied / sent,
        sent == 0 ? null : (double) hired / sent);
  }
}
