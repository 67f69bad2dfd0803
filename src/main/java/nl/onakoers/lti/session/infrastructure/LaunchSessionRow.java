package nl.onakoers.lti.session.infrastructure;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onakoers.lti.session.LaunchSession;

/** A row of {@code launch_session}; lists as space-separated text, maps as JSON objects. */
@Entity
@Table(name = "launch_session")
public class LaunchSessionRow {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "registration_id", nullable = false)
  private String registrationId;

  @Column(name = "deployment_id", nullable = false)
  private String deploymentId;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(name = "user_name")
  private String userName;

  @Column(name = "user_email")
  private String userEmail;

  @Column(name = "context_id")
  private String contextId;

  @Column(name = "context_title")
  private String contextTitle;

  @Column(name = "resource_link_id")
  private String resourceLinkId;

  @Column(name = "message_type", nullable = false)
  private String messageType;

  @Column(name = "roles", nullable = false)
  private String roles;

  @Column(name = "coach", nullable = false)
  private boolean coach;

  @Column(name = "test_user", nullable = false)
  private boolean testUser;

  @Column(name = "custom_json", nullable = false)
  private String customJson;

  @Column(name = "services_json", nullable = false)
  private String servicesJson;

  @Column(name = "return_url")
  private String returnUrl;

  @Column(name = "locale")
  private String locale;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  protected LaunchSessionRow() {}

  static LaunchSessionRow of(LaunchSession s) {
    LaunchSessionRow row = new LaunchSessionRow();
    row.id = s.id();
    row.registrationId = s.registrationId();
    row.deploymentId = s.deploymentId();
    row.userId = s.userId();
    row.userName = s.userName();
    row.userEmail = s.userEmail();
    row.contextId = s.contextId();
    row.contextTitle = s.contextTitle();
    row.resourceLinkId = s.resourceLinkId();
    row.messageType = s.messageType();
    row.roles = String.join(" ", s.roles());
    row.coach = s.coach();
    row.testUser = s.testUser();
    row.customJson = JSONObjectUtils.toJSONString(new LinkedHashMap<String, Object>(s.custom()));
    row.servicesJson =
        JSONObjectUtils.toJSONString(new LinkedHashMap<String, Object>(s.serviceClaims()));
    row.returnUrl = s.returnUrl();
    row.locale = s.locale();
    row.createdAt = utc(s.createdAt());
    row.expiresAt = utc(s.expiresAt());
    return row;
  }

  LaunchSession toDomain() {
    return new LaunchSession(
        id,
        registrationId,
        deploymentId,
        userId,
        userName,
        userEmail,
        contextId,
        contextTitle,
        resourceLinkId,
        messageType,
        roles.isBlank() ? List.of() : Arrays.asList(roles.split(" ")),
        coach,
        testUser,
        stringMap(customJson),
        stringMap(servicesJson),
        returnUrl,
        locale,
        createdAt.toInstant(),
        expiresAt.toInstant());
  }

  private static Map<String, String> stringMap(String json) {
    try {
      Map<String, String> values = new LinkedHashMap<>();
      JSONObjectUtils.parse(json).forEach((k, v) -> values.put(k, String.valueOf(v)));
      return values;
    } catch (ParseException e) {
      throw new IllegalStateException("Stored launch session holds invalid JSON", e);
    }
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
