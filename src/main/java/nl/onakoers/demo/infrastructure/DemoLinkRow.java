package nl.onakoers.demo.infrastructure;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.ParseException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.onakoers.demo.DemoLink;

/** A row of {@code demo_link}. */
@Entity
@Table(name = "demo_link")
public class DemoLinkRow {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "context_id", nullable = false)
  private String contextId;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "custom_json", nullable = false)
  private String customJson;

  @Column(name = "line_item_id")
  private String lineItemId;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected DemoLinkRow() {}

  static DemoLinkRow of(DemoLink link) {
    DemoLinkRow row = new DemoLinkRow();
    row.id = link.id();
    row.contextId = link.contextId();
    row.title = link.title();
    row.customJson = JSONObjectUtils.toJSONString(new LinkedHashMap<>(link.custom()));
    row.lineItemId = link.lineItemId();
    row.position = link.position();
    row.createdAt = link.createdAt().atOffset(ZoneOffset.UTC);
    return row;
  }

  DemoLink toDomain() {
    Map<String, String> custom = new LinkedHashMap<>();
    try {
      JSONObjectUtils.parse(customJson).forEach((k, v) -> custom.put(k, String.valueOf(v)));
    } catch (ParseException e) {
      throw new IllegalStateException("Sandbox link " + id + " has unreadable custom JSON", e);
    }
    return new DemoLink(id, contextId, title, custom, lineItemId, position, createdAt.toInstant());
  }
}
