package com.complaints.search.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alias all reads and writes use, and the versioned indices behind it ({@code complaints-v1-20261128t101500}).
 * At start-up the alias is created with a first index when it does not exist; a reindex creates a new index and
 * moves the alias to it in one atomic request.
 */
public class IndexAliases {

    private static final Logger log = LoggerFactory.getLogger(IndexAliases.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmssSSS").withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final CaseIndexProperties properties;
    private final Clock clock;

    public IndexAliases(ElasticsearchClient client, CaseIndexProperties properties, Clock clock) {
        this.client = client;
        this.properties = properties;
        this.clock = clock;
    }

    public String alias() {
        return properties.alias();
    }

    /** Creates the alias with a first index if it does not exist yet (safe to race: one creation wins). */
    public void ensureAlias() {
        try {
            if (!current().isEmpty()) {
                return;
            }
            String index = createIndex();
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias()).isWriteIndex(true))));
            log.info("search index {} created behind alias {}", index, alias());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch to set up the case index", e);
        }
    }

    /** Whether an index behind the alias was made with an older mapping (it must be rebuilt: a reindex). */
    public boolean outdated() throws IOException {
        return current().stream().anyMatch(index -> !CaseIndexMapping.current(alias(), index));
    }

    /** The indices behind the alias (normally one). */
    public List<String> current() throws IOException {
        try {
            return List.copyOf(client.indices().getAlias(g -> g.name(alias())).aliases().keySet());
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        }
    }

    /** A new, empty index with the current mapping; returns its name. */
    public String createIndex() throws IOException {
        String name = alias() + "-v" + CaseIndexMapping.VERSION + "-" + STAMP.format(clock.instant());
        client.indices().create(c -> c.index(name)
                .withJson(new StringReader(CaseIndexMapping.createBody(1))));
        return name;
    }

    /** Points the alias at {@code index} alone, atomically; returns the indices it pointed at before. */
    public List<String> moveTo(String index) throws IOException {
        List<String> before = current();
        client.indices().updateAliases(u -> {
            before.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias()))));
            return u.actions(a -> a.add(add -> add.index(index).alias(alias()).isWriteIndex(true)));
        });
        return before;
    }

    public void delete(String index) throws IOException {
        client.indices().delete(d -> d.index(index));
    }

    /** Makes what was written to the index searchable now. */
    public void refresh(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
    }
}
