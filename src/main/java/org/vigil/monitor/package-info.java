/**
 * Continuous ingestion and alerting for {@code vigil serve}: the queue of pending reports
 * (fed by the feed poller, the drop directory and {@code POST /api/reports}) drained through the
 * same ingest path as {@code vigil ingest}, with alerts stored in the same transaction and then
 * published to the event streams; webhook delivery runs beside it.
 */
@NullMarked
package org.vigil.monitor;

import org.jspecify.annotations.NullMarked;
