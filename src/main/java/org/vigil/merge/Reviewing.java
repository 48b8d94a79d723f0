package org.vigil.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigil.registry.Group;
import org.vigil.registry.Registry;
import org.vigil.review.ReviewField;
import org.vigil.store.AuditEntry;
import org.vigil.store.IncidentRow;
import org.vigil.store.Proposal;
import org.vigil.store.Review;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/**
 * Analysts' reviews by owner: a review of an incident its organisation owns is applied (the
 * incident is merged again); a review of another organisation's incident, or of the instance's
 * own (no owner), is filed as a proposal that the owner's analysts accept or reject (the
 * instance's, at the command line). Every decision goes to the audit log. One place for the REST
 * API, the web UI and the command line. Not thread-safe (it works on the store).
 */
public final class Reviewing {

  /** What became of a review: applied, or filed as {@code proposal}. */
  public record Outcome(boolean applied, @Nullable Proposal proposal) {}

  private final Store store;
  private final IncidentMerger merger;
  private final Clock clock;

  public Reviewing(Store store, Registry<Group> groups, MergeRules rules, Clock clock) {
    this.store = store;
    this.merger = new IncidentMerger(store, groups, rules);
    this.clock = clock;
  }

  /**
   * A review by {@code user} of organisation {@code org} ({@link Viewer#OPERATOR}'s has none and
   * owns every incident).
   *
   * @param channel where it came from, for the audit log ({@code api}, {@code ui}, {@code cli})
   * @param value the value of a {@code set}, already checked by the field; null otherwise
   * @return empty when the organisation does not read the incident
   */
  public Optional<Outcome> review(String user, Viewer org, String channel, long incidentId, ReviewField f,
      String action, @Nullable String value) {
    Optional<IncidentRow> row = store.incidents().byId(org, incidentId);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    String stored = value;
    if (action.equals("confirm")) {
      JsonNode current = f.read(RecordMerger.parse(row.get().recordJson()));
      stored = current.isNull() ? null : current.toString();
    }
    String at = clock.instant().toString();
    String what = f.label() + " " + action + (stored == null ? "" : " " + stored);
    Long owner = row.get().ownership().ownerOrg();
    if (org.isOperator() || owner != null && owner.equals(org.org())) {
      store.reviews().put(new Review(incidentId, f.label(), action, stored, at));
      merger.refresh(incidentId);
      store.audit().append(new AuditEntry(0, at, user, org.org(), channel + ".review", "incident " + incidentId, what));
      return Optional.of(new Outcome(true, null));
    }
    Proposal p = store.reviews().propose(new Proposal(0, incidentId, org.org(), user, f.label(), action, stored, "open",
        at, null, null));
    store.audit().append(new AuditEntry(0, at, user, org.org(), channel + ".propose", "proposal " + p.id(),
        "incident " + incidentId + " " + what));
    return Optional.of(new Outcome(false, p));
  }

  /**
   * Accepts ({@code accept}) or rejects an open proposal on an incident {@code org} owns; an
   * accepted one becomes the owner's review.
   *
   * @return the decided proposal, or empty when there is no open proposal {@code org} may decide
   */
  public Optional<Proposal> decide(String user, Viewer org, String channel, long proposalId, boolean accept) {
    Optional<Proposal> p = store.reviews().proposal(org, proposalId).filter(x -> x.status().equals("open"))
        .filter(x -> org.isOperator() || store.incidents().byId(org, x.incidentId())
            .map(i -> i.ownership().ownedBy(org.org())).orElse(false));
    if (p.isEmpty()) {
      return p;
    }
    String at = clock.instant().toString();
    store.reviews().decide(proposalId, accept ? "accepted" : "rejected", user, clock.instant());
    if (accept) {
      store.reviews().put(p.get().asReview(at));
      merger.refresh(p.get().incidentId());
    }
    store.audit().append(new AuditEntry(0, at, user, org.org(), channel + (accept ? ".accept" : ".reject"),
        "incident " + p.get().incidentId(), "proposal " + proposalId + " of " + p.get().userName() + ": "
            + p.get().field() + " " + p.get().action() + (p.get().value() == null ? "" : " " + p.get().value())));
    return store.reviews().proposal(org, proposalId);
  }
}
