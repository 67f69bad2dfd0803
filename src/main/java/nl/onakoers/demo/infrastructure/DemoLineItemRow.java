package nl.onakoers.demo.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.onakoers.demo.DemoLineItem;

/** A row of {@code demo_line_item}. */
@Entity
@Table(name = "demo_line_item")
public class DemoLineItemRow {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "context_id", nullable = false)
  private String contextId;

  @Column(name = "label", nullable = false)
  private String label;

  @Column(name = "score_maximum", nullable = false)
  private double scoreMaximum;

  @Column(name = "resource_id")
  private String resourceId;

  @Column(name = "resource_link_id")
  private String resourceLinkId;

  @Column(name = "tag")
  private String tag;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected DemoLineItemRow() {}

  static DemoLineItemRow of(DemoLineItem item) {
    DemoLineItemRow row = new DemoLineItemRow();
    row.id = item.id();
    row.contextId = item.contextId();
    row.label = item.label();
    row.scoreMaximum = item.scoreMaximum();
    row.resourceId = item.resourceId();
    row.resourceLinkId = item.resourceLinkId();
    row.tag = item.tag();
    row.createdAt = item.createdAt().atOffset(ZoneOffset.UTC);
    return row;
  }

  DemoLineItem toDomain() {
    return new DemoLineItem(
        id, contextId, label, scoreMaximum, resourceId, resourceLinkId, tag, createdAt.toInstant());
  }
}
