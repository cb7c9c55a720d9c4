package com.crewbid.upwork.internal;

/**
 * The GraphQL documents the linked-accounts part and the sign-in send to Upwork, written against
 * Upwork's schema ({@code upwork/upwork-schema.graphql}; {@code UpworkDocumentsTest} validates them
 * against it).
 */
final class UpworkDocuments {

  private UpworkDocuments() {}

  /** Who the tokens belong to; {@code ciphertext} is the freelancer profile's key. */
  static final String WHO_AM_I = "query CrewbidLinkedUser { user { id name ciphertext } }";

  /** Who signs in with Upwork: the id the account is known by, the name and e-mail it reports. */
  static final String SIGN_IN_USER = "query CrewbidSignInUser { user { id nid rid name email } }";

  /** The organizations the user may act in ({@code X-Upwork-API-TenantId}). */
  static final String COMPANIES =
      "query CrewbidCompanies { companySelector { items { title organizationId organizationType } } }";

  /** The freelancer profile: title, overview, rate, skills, portfolio and work history. */
  static final String TALENT_PROFILE =
      """
      query CrewbidTalentProfile($profileKey: String!) {
        talentProfileByProfileKey(profileKey: $profileKey) {
          personId
          personalData {
            firstName lastName title description
            chargeRate { rawValue currency }
            location { city country }
          }
          skills { skill prettyName rank }
          projectList {
            projects { id title description projectUrl completionDateTime skills }
          }
          employmentRecords {
            id companyName jobTitle startDateTime endDateTime description
          }
        }
      }
      """;
}
