package nl.onakoers.ona.card.infrastructure;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onakoers.ona.card.Answers;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.CardStatus;
import nl.onakoers.ona.card.ParticipantCard;

/** A row of {@code participant_card}; the answers as a JSON object of string arrays. */
@Entity
@Table(name = "participant_card")
public class ParticipantCardRow {

  @Id
  @Column(name = "id")
  String id;

  @Column(name = "registration_id", nullable = false)
  String registrationId;

  @Column(name = "context_id", nullable = false)
  String contextId;

  @Column(name = "user_id", nullable = false)
  String userId;

  @Column(name = "card_id", nullable = false)
  String cardId;

  @Column(name = "content_version", nullable = false)
  String contentVersion;

  @Column(name = "status", nullable = false)
  String status;

  @Column(name = "answers_json", nullable = false)
  String answersJson;

  @Column(name = "version", nullable = false)
  long version;

  @Column(name = "updated_at", nullable = false)
  OffsetDateTime updatedAt;

  @Column(name = "submitted_at")
  OffsetDateTime submittedAt;

  @Column(name = "line_item_url")
  String lineItemUrl;

  protected ParticipantCardRow() {}

  static ParticipantCardRow of(ParticipantCard card) {
    ParticipantCardRow row = new ParticipantCardRow();
    row.id = card.id();
    row.registrationId = card.owner().registrationId();
    row.contextId = card.owner().contextId();
    row.userId = card.owner().userId();
    row.cardId = card.cardId();
    row.copyFrom(card);
    return row;
  }

  void copyFrom(ParticipantCard card) {
    contentVersion = card.contentVersion();
    status = card.status().name();
    answersJson =
        JSONObjectUtils.toJSONString(new LinkedHashMap<String, Object>(card.answers().values()));
    updatedAt = utc(card.updatedAt());
    submittedAt = card.submittedAt() == null ? null : utc(card.submittedAt());
    lineItemUrl = card.lineItemUrl();
  }

  ParticipantCard toDomain() {
    return new ParticipantCard(
        id,
        new CardOwner(registrationId, contextId, userId),
        cardId,
        contentVersion,
        CardStatus.valueOf(status),
        answers(answersJson),
        version,
        updatedAt.toInstant(),
        submittedAt == null ? null : submittedAt.toInstant(),
        lineItemUrl);
  }

  private static Answers answers(String json) {
    try {
      Map<String, List<String>> values = new LinkedHashMap<>();
      JSONObjectUtils.parse(json)
          .forEach(
              (key, value) -> {
                List<String> strings = new ArrayList<>();
                if (value instanceof List<?> list) {
                  list.forEach(v -> strings.add(String.valueOf(v)));
                }
                values.put(key, strings);
              });
      return new Answers(values);
    } catch (ParseException e) {
      throw new IllegalStateException("Stored card holds invalid JSON", e);
    }
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
