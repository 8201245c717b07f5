/**
 * The platform's side of Spring Modulith's event publication registry: what is published in a transaction for a
 * listener that reacts after commit is stored with it, and resubmitted here when that listener never finished.
 */
package com.complaints.core.events;
