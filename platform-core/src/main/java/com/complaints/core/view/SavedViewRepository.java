package com.complaints.core.view;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedViewRepository extends JpaRepository<SavedView, UUID> {

    /** The reader's own views and those shared with the tenant, by name. */
    List<SavedView> findByOwnerUserIdOrSharedTrueOrderByNameAsc(String ownerUserId);
}
