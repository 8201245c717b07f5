package com.complaints.core.search;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredVocabularyRepository extends JpaRepository<StoredVocabulary, UUID> {

    Optional<StoredVocabulary> findFirstBy();

    /** The bound tenant's stored revision minus one (the entity version), without reading the vocabulary. */
    @Query("select v.version from StoredVocabulary v")
    Optional<Long> findVersion();
}
