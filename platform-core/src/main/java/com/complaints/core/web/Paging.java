package com.complaints.core.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;

/** Page and sort parameters, checked against what a list allows. */
public final class Paging {

    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    /**
     * @param sort e.g. {@code receivedAt,desc}; {@code null} for the default
     */
    public static Pageable of(Integer page, Integer size, String sort, Set<String> sortable, Sort defaultSort) {
        List<FieldError> errors = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            errors.add(FieldError.of("page", "min", 0));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(FieldError.of("size", "range", 1, MAX_SIZE));
        }
        Sort order = defaultSort;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",");
            String property = parts[0].strip();
            String direction = parts.length > 1 ? parts[1].strip().toLowerCase() : "asc";
            if (!sortable.contains(property) || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
                errors.add(FieldError.of("sort", "sort", String.join(", ", new TreeSet<>(sortable))));
            } else {
                order = Sort.by(direction.equals("desc") ? Sort.Direction.DESC : Sort.Direction.ASC, property).and(Sort.by("id"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return PageRequest.of(p, s, order);
    }
}
