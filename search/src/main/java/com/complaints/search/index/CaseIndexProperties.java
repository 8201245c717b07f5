package com.complaints.search.index;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The case index on Elasticsearch ({@code complaints.search.index.*}).
 *
 * @param alias          the alias every read and write goes through; the index behind it is versioned
 * @param relayBatch     outbox entries indexed per bulk request
 * @param relayInterval  pause of the relay between two batches that did not fill a bulk request (lets changes gather)
 * @param relayIdleInterval longest wait of an idle relay: a commit on this node that queues a change wakes it at
 *                       once; the wait bounds how late it picks up what another node left behind
 * @param relayMaxBackoff longest pause after failures (Elasticsearch down)
 * @param relayThreads   relay threads per node; each claims its own batch (rows are locked, others skip them)
 */
@ConfigurationProperties("complaints.search.index")
public record CaseIndexProperties(
        @DefaultValue("complaints") String alias,
        @DefaultValue("1000") int relayBatch,
        @DefaultValue("200ms") Duration relayInterval,
        @DefaultValue("30s") Duration relayMaxBackoff,
        @DefaultValue("2") int relayThreads,
        @DefaultValue("5s") Duration relayIdleInterval) {
}
