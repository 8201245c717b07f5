/** What platform operators watch: the health of the services, plugins, index and timers. */
package com.complaints.core.operations;
