package com.complaints.core.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.complaints.core.complaint.CaseFacts;
import com.complaints.core.text.TextAnalysis;

/** A case's fields as index terms with their positions: what the database adapter matches queries against. */
final class AnalysedCase {

    private final CaseFacts facts;
    private final Map<SearchField, Postings> fields = new EnumMap<>(SearchField.class);

    AnalysedCase(CaseFacts facts, TextAnalysis analysis) {
        this.facts = facts;
        for (SearchField field : SearchField.values()) {
            List<List<String>> values = new ArrayList<>();
            for (String value : field.values(facts)) {
                values.add(analysis.terms(value));
            }
            fields.put(field, new Postings(values));
        }
    }

    CaseFacts facts() {
        return facts;
    }

    Postings field(SearchField field) {
        return fields.get(field);
    }

    /** Term positions of one field (values a position gap apart). */
    static final class Postings {

        private final Map<String, int[]> positions = new HashMap<>();

        Postings(List<List<String>> values) {
            Map<String, List<Integer>> building = new HashMap<>();
            int position = 0;
            for (List<String> value : values) {
                for (String term : value) {
                    building.computeIfAbsent(term, t -> new ArrayList<>()).add(position++);
                }
                position += SearchField.POSITION_GAP;
            }
            building.forEach((term, list) -> positions.put(term, list.stream().mapToInt(Integer::intValue).toArray()));
        }

        int[] positions(String term) {
            return positions.getOrDefault(term, new int[0]);
        }

        /** Where the sequence starts, each time it occurs as consecutive terms. */
        int[] occurrences(List<String> sequence) {
            int[] first = positions(sequence.getFirst());
            if (sequence.size() == 1 || first.length == 0) {
                return first;
            }
            int[] found = new int[first.length];
            int n = 0;
            for (int p : first) {
                boolean all = true;
                for (int k = 1; k < sequence.size() && all; k++) {
                    all = Arrays.binarySearch(positions(sequence.get(k)), p + k) >= 0;
                }
                if (all) {
                    found[n++] = p;
                }
            }
            return Arrays.copyOf(found, n);
        }
    }
}
