package com.complaints.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageUnitTest {

    @Test
    void connectionFailuresAnywhereInTheChainAreAnOutage() {
        assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLTransientConnectionException("pool timeout")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException(new SQLException("refused", "08001")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException("Could not prepare statement",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void faultsOfTheRequestOrOfTheCodeAreNot() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("syntax", "42601")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new NullPointerException())).isFalse();
    }
}
