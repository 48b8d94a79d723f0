package org.vigil.ui;

import java.util.List;
import org.vigil.access.Principal;
import org.vigil.access.Role;
import org.vigil.store.Organisation;
import org.vigil.store.Ownership;
import org.vigil.store.Proposal;
import org.vigil.store.Store;

/**
 * The proposals section of an incident's page: the reviews other organisations' analysts
 * proposed (shown to the owner, with accept and reject buttons for its analysts) and those the
 * user's organisation proposed (shown to it). Nobody else reads them.
 */
final class ProposalList {

  private ProposalList() {}

  static String of(Store s, Principal user, long incidentId, boolean owns, String csrf) {
    List<Proposal> all = s.reviews().proposals(user.viewer(), incidentId, false, 50);
    if (all.isEmpty()) {
      return "";
    }
    boolean decides = owns && user.role().atLeast(Role.ANALYST);
    StringBuilder h = new StringBuilder("<section class=\"card\"><h2>Proposals</h2><ul id=\"proposals\">");
    for (Proposal p : all) {
      h.append("<li data-proposal-id=\"").append(p.id()).append("\">").append(Html.esc(p.userName())).append(" (")
          .append(Html.esc(s.access().findOrganisation(p.orgId()).map(Organisation::name).orElse("?")))
          .append("): ").append(Html.esc(p.field())).append(' ').append(Html.esc(p.action()))
          .append(p.value() == null ? "" : " " + Html.esc(p.value())).append(" <span class=\"muted\">")
          .append(Html.esc(p.status())).append("</span>");
      if (decides && p.status().equals("open")) {
        for (String verb : new String[] {"accept", "reject"}) {
          h.append(" <form method=\"post\" class=\"inline\" action=\"/ui/proposals/").append(p.id()).append('/')
              .append(verb).append("\">").append(Layout.csrfField(csrf)).append("<button type=\"submit\" class=\"secondary\">")
              .append(verb.equals("accept") ? "Accept" : "Reject").append("</button></form>");
        }
      }
      h.append("</li>");
    }
    return h.append("</ul></section>").toString();
  }

  /** Who owns a record, for its page. */
  static String owner(Store s, Ownership o) {
    return o.ownerOrg() == null ? "the instance's own"
        : "owned by " + s.access().findOrganisation(o.ownerOrg()).map(Organisation::name).orElse("?");
  }
}
