package com.crewbid.proposals.templates;

import com.crewbid.proposals.ScreeningAnswer;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One version of a template's content: body and default screening answers, who wrote it and when.
 * Immutable here and in the database (a trigger refuses changes to the content); only its counters
 * move.
 */
@Entity
@Immutable
@Table(name = "proposal_template_versions")
public class TemplateVersionRecord {

  @Id private UUID id;

  @Column(name = "template_id")
  private UUID templateId;

  private int number;
  private String body;

  @Convert(converter = AnswersJson.class)
  @ColumnTransformer(write = "?::jsonb")
  @Column(name = "screening_answers")
  private List<ScreeningAnswer> screeningAnswers = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  private List<String> variables = new ArrayList<>();

  @Column(name = "restored_from")
  private Integer restoredFrom;

  @Column(name = "author_user_id")
  private UUID authorUserId;

  @Column(name = "author_email")
  private String authorEmail;

  @Column(name = "created_at")
  private Instant createdAt;

  @Embedded private UsageCounts counts = new UsageCounts();

  protected TemplateVersionRecord() {}

  static TemplateVersionRecord create(
      UUID templateId,
      int number,
      TemplateContent content,
      List<String> variables,
      Integer restoredFrom,
      UUID authorUserId,
      String authorEmail,
      Instant now) {
    TemplateVersionRecord version = new TemplateVersionRecord();
    version.id = UUID.randomUUID();
    version.templateId = templateId;
    version.number = number;
    version.body = content.body();
    version.screeningAnswers = new ArrayList<>(content.screeningAnswers());
    version.variables = new ArrayList<>(variables);
    version.restoredFrom = restoredFrom;
    version.authorUserId = authorUserId;
    version.authorEmail = authorEmail;
    version.createdAt = now;
    return version;
  }

  public UUID id() {
    return id;
  }

  public UUID templateId() {
    return templateId;
  }

  public int number() {
    return number;
  }

  public TemplateContent content() {
    return new TemplateContent(body, List.copyOf(screeningAnswers));
  }

  public String body() {
    return body;
  }

  public List<ScreeningAnswer> screeningAnswers() {
    return List.copyOf(screeningAnswers);
  }

  public List<String> variables() {
    return List.copyOf(variables);
  }

  public Integer restoredFrom() {
    return restoredFrom;
  }

  public UUID authorUserId() {
    return authorUserId;
  }

  public String authorEmail() {
    return authorEmail;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public TemplateStats stats() {
    return counts.stats();
  }

  /** Screening answers as a JSON array of {@code {questionPattern, answer}}. */
  @Converter
  static class AnswersJson implements AttributeConverter<List<ScreeningAnswer>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ScreeningAnswer>> TYPE = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(List<ScreeningAnswer> answers) {
      return JSON.writeValueAsString(answers == null ? List.of() : answers);
    }

    @Override
    public List<ScreeningAnswer> convertToEntityAttribute(String json) {
      return json == null || json.isBlank() ? new ArrayList<>() : JSON.readValue(json, TYPE);
    }
  }
}
