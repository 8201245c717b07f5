package com.complaints.core.complaint;

import java.util.UUID;

/** What decides whether a staff member may see a case (see {@link ComplaintAccess}): the aggregate or a sketch of it. */
public interface VisibleCase {

    String createdBy();

    UUID departmentId();

    ComplaintStatus status();
}
