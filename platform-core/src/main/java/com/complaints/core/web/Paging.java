package com.complaints.core.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        Sort order = defaultSort;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",");
            String property = parts[0].strip();
            String direction = parts.length > 1 ? parts[1].strip().toLowerCase() : "asc";
            if (!sortable.contains(property) || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
                errors.add(new FieldError("sort", "must be one of " + sortable + " with an optional ,asc or ,desc"));
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
