/**
 * Requests Vigil makes itself (feeds, the article pages their items link to, webhooks): which
 * addresses they may reach ({@link org.vigil.outbound.OutboundPolicy}). Loopback, link-local,
 * private, carrier-grade NAT, multicast and other reserved addresses are refused after the host
 * name is resolved, and again on every redirect, unless an administrator names the host in
 * {@code outbound.allowed-hosts}; so a feed item or a webhook cannot make the server fetch or
 * post to its own network.
 */
@NullMarked
package org.vigil.outbound;

import org.jspecify.annotations.NullMarked;
