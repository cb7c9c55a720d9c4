package com.crewbid.proposals.templates;

import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import jakarta.persistence.criteria.Subquery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The library's list: filters as query criteria, and the sort orders it accepts. */
final class TemplateSearch {

  /** API sort names → entity attributes. */
  static final Map<String, String> SORTS =
      Map.of(
          "name", "name",
          "category", "category",
          "createdAt", "createdAt",
          "updatedAt", "updatedAt",
          "used", "counts.used",
          "sent", "counts.sent",
          "replied", "counts.replied",
          "hired", "counts.hired");

  private TemplateSearch() {}

  static Specification<TemplateRecord> matching(TemplateLibrary.Filter filter) {
    boolean archived = Boolean.TRUE.equals(filter.archived());
    Specification<TemplateRecord> spec =
        (root, query, cb) -> cb.equal(root.get("archived"), archived);
    if (filter.category() != null && !filter.category().isBlank()) {
      String category = filter.category().trim().toLowerCase(Locale.ROOT);
      spec = spec.and((root, query, cb) -> cb.equal(cb.lower(root.get("category")), category));
    }
    if (filter.tag() != null && !filter.tag().isBlank()) {
      String tag = TemplateLibrary.tags(List.of(filter.tag())).get(0);
      spec =
          spec.and(
              (root, query, cb) ->
                  ((HibernateCriteriaBuilder) cb).collectionContains(root.get("tags"), tag));
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      String needle = "%" + escapeLike(filter.text().trim().toLowerCase(Locale.ROOT)) + "%";
      spec =
          spec.and(
              (root, query, cb) -> {
                Subquery<Integer> body = query.subquery(Integer.class);
                var version = body.from(TemplateVersionRecord.class);
                body.select(cb.literal(1))
                    .where(
                        cb.equal(version.get("id"), root.get("currentVersionId")),
                        cb.like(cb.lower(version.get("body")), needle, '\\'));
                return cb.or(
                    cb.like(cb.lower(root.get("name")), needle, '\\'),
                    cb.like(cb.lower(root.get("category")), needle, '\\'),
                    cb.exists(body));
              });
    }
    return spec;
  }

  /** The page with its sort translated; an unknown sort is a 400 naming it. */
  static Pageable sorted(Pageable pageable) {
    Sort sort = Sort.unsorted();
    for (Sort.Order order : pageable.getSort()) {
      String attribute = SORTS.get(order.getProperty());
      if (attribute == null) {
        throw new ProblemException(
            ProblemType.VALIDATION,
            "Cannot sort by '" + order.getProperty() + "'.",
            List.of(
                new ProblemException.FieldProblem(
                    "sort",
                    "one of " + String.join(", ", SORTS.keySet().stream().sorted().toList()))));
      }
      sort = sort.and(Sort.by(order.getDirection(), attribute));
    }
    if (sort.isUnsorted()) {
      sort = Sort.by(Sort.Direction.DESC, "updatedAt");
    }
    return PageRequest.of(
        pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by("id")));
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
