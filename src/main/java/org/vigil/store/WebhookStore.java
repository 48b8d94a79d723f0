package org.vigil.store;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Webhooks and the delivery state of each event sent to them. A delivery is keyed by webhook and
 * event (an alert version, a digest day): queuing the same event twice is a no-op, so a restart
 * sends nothing twice.
 */
public final class WebhookStore {

  /** A webhook of a user or an organisation. */
  public record Webhook(long id, @Nullable Long ownerUser, @Nullable Long ownerOrg, String url, String secret) {}

  /** One event to one webhook. status: pending, delivered or failed. */
  public record Delivery(long id, long webhookId, String eventKey, String body, String status, int attempts,
      String nextAttempt, @Nullable String lastError, String updatedAt) {}

  private static final String WEBHOOK = "id, owner_user, owner_org, url, secret";
  private static final String DELIVERY = "id, webhook_id, event_key, body, status, attempts, next_attempt, "
      + "last_error, updated_at";

  private final Sql sql;

  WebhookStore(Sql sql) {
    this.sql = sql;
  }

  public Webhook add(@Nullable Long ownerUser, @Nullable Long ownerOrg, String url, String secret) {
    long id = sql.insert("store webhook", "INSERT INTO webhooks (owner_user, owner_org, url, secret, created_at) "
        + "VALUES (?, ?, ?, ?, ?)", ownerUser, ownerOrg, url, secret, Instant.now().toString());
    return new Webhook(id, ownerUser, ownerOrg, url, secret);
  }

  public List<Webhook> all() {
    return sql.list("list webhooks", WebhookStore::webhook, "SELECT " + WEBHOOK + " FROM webhooks ORDER BY id");
  }

  /** The webhooks that receive a watchlist's alerts: the owner's, and for a user, their organisation's. */
  public List<Webhook> forOwner(@Nullable Long user, @Nullable Long org) {
    return sql.list("list webhooks", WebhookStore::webhook, "SELECT " + WEBHOOK + " FROM webhooks WHERE "
        + "owner_user = ? OR owner_org = ? OR owner_org = (SELECT org_id FROM users WHERE id = ?) ORDER BY id",
        user, org, user);
  }

  /** Queues an event for a webhook unless it already was; true when queued now. */
  public boolean queue(long webhookId, String eventKey, String body, Instant now) {
    if (sql.count("SELECT count(*) FROM deliveries WHERE webhook_id = ? AND event_key = ?", webhookId, eventKey) > 0) {
      return false;
    }
    sql.insert("queue delivery", "INSERT INTO deliveries (webhook_id, event_key, body, status, attempts, "
        + "next_attempt, updated_at) VALUES (?, ?, ?, 'pending', 0, ?, ?)", webhookId, eventKey, body,
        now.toString(), now.toString());
    return true;
  }

  /** Pending deliveries due at {@code now}, oldest first, at most {@code limit}. */
  public List<Delivery> due(Instant now, int limit) {
    return sql.list("list due deliveries", WebhookStore::delivery, "SELECT " + DELIVERY + " FROM deliveries "
        + "WHERE status = 'pending' AND next_attempt <= ? ORDER BY next_attempt, id LIMIT ?", now.toString(), limit);
  }

  /** The latest deliveries, at most {@code limit}: what was sent, what failed and why (the operator's view). */
  public List<Delivery> latest(int limit) {
    return sql.list("list deliveries", WebhookStore::delivery, "SELECT " + DELIVERY
        + " FROM deliveries ORDER BY updated_at DESC, id DESC LIMIT ?", limit);
  }

  /**
   * The latest deliveries to the webhooks of user {@code userId} and, with {@code wholeOrg}, also
   * to those of organisation {@code orgId} and of its other users; at most {@code limit}.
   */
  public List<Delivery> latestFor(long userId, long orgId, boolean wholeOrg, int limit) {
    Clause owners = wholeOrg
        ? Clause.of("w.owner_user = ? OR w.owner_org = ? OR w.owner_user IN (SELECT id FROM users WHERE org_id = ?)",
            userId, orgId, orgId)
        : Clause.of("w.owner_user = ?", userId);
    Clause q = Clause.of("SELECT d.id, d.webhook_id, d.event_key, d.body, d.status, d.attempts, d.next_attempt, "
        + "d.last_error, d.updated_at FROM deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE (").then(owners)
        .then(") ORDER BY d.updated_at DESC, d.id DESC LIMIT ?", limit);
    return sql.list("list deliveries", WebhookStore::delivery, q.sql(), q.array());
  }

  /** Records an attempt: status {@code delivered}, {@code pending} (to retry at {@code next}) or {@code failed}. */
  public void attempted(long id, String status, @Nullable String error, Instant now, Instant next) {
    sql.update("record delivery", "UPDATE deliveries SET status = ?, attempts = attempts + 1, last_error = ?, "
        + "next_attempt = ?, updated_at = ? WHERE id = ?", status, error, next.toString(), now.toString(), id);
  }

  private static Webhook webhook(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Webhook(rs.getLong(1), Sql.longOrNull(rs, "owner_user"), Sql.longOrNull(rs, "owner_org"),
        rs.getString(4), rs.getString(5));
  }

  private static Delivery delivery(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Delivery(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9));
  }
}
