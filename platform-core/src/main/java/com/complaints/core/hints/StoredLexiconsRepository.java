package com.complaints.core.hints;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredLexiconsRepository extends JpaRepository<StoredLexicons, UUID> {

    Optional<StoredLexicons> findFirstBy();
}
