/**
 * Alerts: matching new and changed incidents against watchlists, one stored alert per incident
 * per watchlist (updated, not duplicated, when a later report raises the toll or attributes a
 * group), the in-process bus behind the server-sent event stream, webhook delivery signed with
 * HMAC-SHA256 and retried with backoff, the daily digest and a site's threat picture.
 */
@NullMarked
package org.vigil.alert;

import org.jspecify.annotations.NullMarked;
