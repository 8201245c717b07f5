package com.complaints.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.complaints.core.shared.Anonymizer;

class PersonalDataRowsTest {

    @Test
    void aTimelineEntrysChangesKeepTheirIdsAndInstantsWhileTheTextsAreMasked() {
        String changes = "[{\"field\":\"departmentId\",\"before\":null,\"after\":\"0b6b0d3e-2f1c-4c55-9a77-a13800138000\"},"
                + "{\"field\":\"resolution\",\"before\":null,\"after\":\"已回电王芳 13800138000，\\\"同意\\\"退款\"},"
                + "{\"field\":\"closedAt\",\"before\":null,\"after\":\"2026-12-04T08:00:00.123Z\"}]";
        String masked = PersonalDataRows.maskJsonStrings(changes, text -> Anonymizer.mask(text, "王芳", null));
        assertThat(masked).contains("\"0b6b0d3e-2f1c-4c55-9a77-a13800138000\"", "\"2026-12-04T08:00:00.123Z\"")
                .doesNotContain("王芳").doesNotContain("已回电王芳 13800138000")
                .contains(Anonymizer.PHONE, "\\\"同意\\\"退款");
        assertThat(masked).startsWith("[{\"field\":\"departmentId\"").endsWith("}]");
    }
}
