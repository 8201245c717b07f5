package com.complaints.server.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.complaints.server.support.Api;

/**
 * The search relevance set ({@code src/test/resources/relevance}): composed complaints in Chinese and English, judged
 * queries, and the result set each query gave when the analysis was last accepted ({@code baseline.txt}). Loads the
 * cases into a tenant through the API, runs every query through the search API and scores it: precision, recall and
 * nDCG@10 (graded gains 2^grade - 1).
 */
final class RelevanceSet {

    /** Words the relevance tenant adds to its dictionary (brand names the segmenter would cut apart). */
    static final List<String> TENANT_WORDS = List.of("小天鹅", "云鲸");

    record Case(String key, String product, String description, String notes) {
    }

    record Query(String text, String behaviour, Map<String, Integer> relevant, Set<String> nonRelevant) {
    }

    /** One query's outcome. */
    record Outcome(Query query, List<String> results, double precision, double recall, double ndcg10,
                   List<String> judgedNonRelevantFound) {

        Set<String> resultSet() {
            return new TreeSet<>(results);
        }
    }

    final List<Case> cases = read("cases.txt").stream().map(f -> new Case(f.get(0), f.get(1), f.get(2),
            f.size() > 3 ? f.get(3) : "")).toList();
    final List<Query> queries = read("queries.txt").stream().map(RelevanceSet::query).toList();
    /** Closed cases with a satisfied consumer, and open cases each with its known good twin among them. */
    final List<Case> resolved = read("resolved.txt").stream().map(f -> new Case(f.get(0), f.get(1), f.get(2), f.get(3))).toList();
    final List<Case> twins = read("twins.txt").stream().map(f -> new Case(f.get(0), f.get(1), f.get(2), f.get(3))).toList();
    /** Query text → the accepted result set, as sorted keys. */
    final Map<String, Set<String>> baseline = new LinkedHashMap<>();
    /** Query text → the accepted nDCG@10 (the lower of the two adapters' figures). */
    final Map<String, Double> baselineNdcg = new LinkedHashMap<>();

    RelevanceSet() {
        for (List<String> f : read("baseline.txt")) {
            baseline.put(f.get(0), f.size() > 2 && !f.get(2).isBlank() ? new TreeSet<>(List.of(f.get(2).split(" "))) : Set.of());
            baselineNdcg.put(f.get(0), Double.parseDouble(f.get(1)));
        }
    }

    /** Loads every case into the tenant; returns case id → key. */
    Map<String, String> load(Api api, String tenant) {
        String admin = api.token(tenant, "relevance-admin", "TENANT_ADMIN", null);
        var defaults = api.get("/api/v1/admin/search-vocabulary/defaults", admin);
        List<String> words = new ArrayList<>();
        defaults.body().get("words").forEach(w -> words.add(w.asString()));
        words.addAll(TENANT_WORDS);
        List<Object> synonyms = new ArrayList<>();
        defaults.body().get("synonyms").forEach(g -> {
            List<String> terms = new ArrayList<>();
            g.get("terms").forEach(t -> terms.add(t.asString()));
            synonyms.add(Map.of("language", g.get("language").asString(), "terms", terms));
        });
        var saved = api.put("/api/v1/admin/search-vocabulary", admin, Map.of("words", words, "synonyms", synonyms));
        if (saved.status() != 200) {
            throw new IllegalStateException("the relevance tenant's vocabulary was refused: " + saved.raw().body());
        }
        String agent = api.token(tenant, "relevance-agent", "SUPERVISOR", null);
        Map<String, String> keys = new HashMap<>();
        int n = 0;
        for (Case c : cases) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("channel", "web");
            body.put("consumer", Map.of("name", "Consumer " + c.key(), "phone", "+86 139 %04d %04d".formatted(n / 10000, n % 10000 + 1000)));
            body.put("subject", Map.of("type", "PRODUCT", "name", c.product()));
            body.put("description", c.description());
            if (!c.notes().isBlank()) {
                body.put("expectedResolution", c.notes());
            }
            var created = api.post("/api/v1/complaints", agent, body);
            if (created.status() != 201) {
                throw new IllegalStateException("case " + c.key() + " was refused: " + created.raw().body());
            }
            keys.put(created.text("id"), c.key());
            n++;
        }
        return keys;
    }

    /** Takes in each resolved case and closes it (triage, assignment, resolution, a satisfied follow-up); id → key. */
    Map<String, String> loadResolved(Api api, String tenant) {
        String sup = api.token(tenant, "relevance-supervisor", "SUPERVISOR", null);
        Map<String, String> keys = new HashMap<>();
        int n = 0;
        for (Case c : resolved) {
            String id = create(api, sup, c, n++);
            String base = "/api/v1/complaints/" + id;
            expect(api.post(base + "/triage", sup, Map.of("category", "PRODUCT_QUALITY", "complexity", "SIMPLE", "urgency", "NORMAL")), c);
            expect(api.post(base + "/assignment", sup, Map.of("userId", "relevance-agent")), c);
            expect(api.post(base + "/resolve", sup, Map.of("resolution", c.notes())), c);
            expect(api.post(base + "/follow-ups", sup, Map.of("outcome", "SATISFIED", "satisfaction", 5)), c);
            keys.put(id, c.key());
        }
        return keys;
    }

    /** For each twin case (taken in now): the keys of the similar resolved cases the API offers, best first. */
    Map<Case, List<String>> similarToTwins(Api api, String tenant, Map<String, String> resolvedKeys) {
        String agent = api.token(tenant, "relevance-supervisor", "SUPERVISOR", null);
        Map<Case, List<String>> offered = new LinkedHashMap<>();
        int n = 1000;
        for (Case twin : twins) {
            String id = create(api, agent, new Case(twin.key(), twin.product(), twin.description(), ""), n++);
            var r = api.get("/api/v1/complaints/" + id + "/similar-resolved?limit=3", agent);
            expect(r, twin);
            List<String> keys = new ArrayList<>();
            r.body().forEach(h -> keys.add(resolvedKeys.getOrDefault(h.get("id").asString(), "?")));
            offered.put(twin, keys);
        }
        return offered;
    }

    private static String create(Api api, String token, Case c, int n) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "web");
        body.put("consumer", Map.of("name", "Consumer " + c.key(), "phone", "+86 137 %04d %04d".formatted(n / 10000, n % 10000 + 1000)));
        body.put("subject", Map.of("type", "PRODUCT", "name", c.product()));
        body.put("description", c.description());
        var created = api.post("/api/v1/complaints", token, body);
        expect(created, c);
        return created.text("id");
    }

    private static void expect(Api.Response r, Case c) {
        if (r.status() != 200 && r.status() != 201) {
            throw new IllegalStateException("case " + c.key() + ": " + r.status() + " " + r.raw().body());
        }
    }

    /** Runs every query as a supervisor of the tenant. */
    List<Outcome> run(Api api, String tenant, Map<String, String> keys) {
        String supervisor = api.token(tenant, "relevance-supervisor", "SUPERVISOR", null);
        List<Outcome> outcomes = new ArrayList<>();
        for (Query q : queries) {
            var r = api.get("/api/v1/search/complaints?size=100&q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8), supervisor);
            if (r.status() != 200) {
                throw new IllegalStateException(q.text() + ": " + r.status() + " " + r.raw().body());
            }
            List<String> results = new ArrayList<>();
            r.body().get("hits").forEach(h -> results.add(keys.getOrDefault(h.get("id").asString(), "?")));
            outcomes.add(score(q, results));
        }
        return outcomes;
    }

    static Outcome score(Query q, List<String> results) {
        long relevantFound = results.stream().filter(q.relevant()::containsKey).count();
        double precision = results.isEmpty() ? (q.relevant().isEmpty() ? 1 : 0) : (double) relevantFound / results.size();
        double recall = q.relevant().isEmpty() ? 1 : (double) relevantFound / q.relevant().size();
        double dcg = 0;
        for (int i = 0; i < Math.min(10, results.size()); i++) {
            dcg += gain(q.relevant().getOrDefault(results.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = q.relevant().values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(10, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        List<String> wrong = results.stream().filter(q.nonRelevant()::contains).toList();
        return new Outcome(q, results, precision, recall, idcg == 0 ? 1 : dcg / idcg, wrong);
    }

    /** The report of one adapter's run: a line per query and the means. */
    static String report(String adapter, List<Outcome> outcomes) {
        StringBuilder b = new StringBuilder("# relevance set on the " + adapter + " adapter\n"
                + "# query | precision | recall | nDCG@10 | results in rank order\n");
        for (Outcome o : outcomes) {
            b.append(String.format(Locale.ROOT, "%s | %.3f | %.3f | %.3f | %s%n", o.query().text(), o.precision(),
                    o.recall(), o.ndcg10(), String.join(" ", o.results())));
        }
        b.append(String.format(Locale.ROOT, "# mean | %.3f | %.3f | %.3f |%n", mean(outcomes, Outcome::precision),
                mean(outcomes, Outcome::recall), mean(outcomes, Outcome::ndcg10)));
        return b.toString();
    }

    /** A baseline file for these outcomes (the accepted result sets and nDCG@10). */
    static String baselineOf(List<Outcome> outcomes) {
        StringBuilder b = new StringBuilder("# The accepted result set of every judged query (both adapters must give exactly\n"
                + "# these) and its nDCG@10 (neither adapter may fall below it, to the third decimal). query | nDCG@10 | result set\n");
        for (Outcome o : outcomes) {
            b.append(String.format(Locale.ROOT, "%s | %.3f | %s%n", o.query().text(), o.ndcg10(), String.join(" ", o.resultSet())));
        }
        return b.toString();
    }

    static double mean(List<Outcome> outcomes, java.util.function.ToDoubleFunction<Outcome> metric) {
        return outcomes.stream().mapToDouble(metric).average().orElse(0);
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    private static Query query(List<String> f) {
        Map<String, Integer> relevant = new LinkedHashMap<>();
        for (String judged : f.get(2).split("\\s+")) {
            if (!judged.isBlank()) {
                String[] kv = judged.split(":");
                relevant.put(kv[0], kv.length > 1 ? Integer.parseInt(kv[1]) : 1);
            }
        }
        Set<String> nonRelevant = new LinkedHashSet<>();
        if (f.size() > 3) {
            for (String key : f.get(3).split("\\s+")) {
                if (!key.isBlank()) {
                    nonRelevant.add(key);
                }
            }
        }
        return new Query(f.get(0), f.get(1), relevant, nonRelevant);
    }

    private static List<List<String>> read(String name) {
        try (InputStream in = RelevanceSet.class.getResourceAsStream("/relevance/" + name)) {
            if (in == null) {
                return List.of();
            }
            List<List<String>> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(List.of(line.split(" \\| ", -1)).stream().map(String::strip).toList());
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
