package com.complaints.core.department;

/** The policy's four departments plus tenant-defined ones. */
public enum DepartmentType {
    CUSTOMER_SERVICE("customer-service", "客户服务部", "Customer Service"),
    PRODUCT("product", "产品部", "Product"),
    SERVICE("service", "服务部", "Service"),
    LEGAL("legal", "法务部", "Legal"),
    CUSTOM(null, null, null);

    private final String defaultCode;
    private final String defaultNameZh;
    private final String defaultNameEn;

    DepartmentType(String defaultCode, String defaultNameZh, String defaultNameEn) {
        this.defaultCode = defaultCode;
        this.defaultNameZh = defaultNameZh;
        this.defaultNameEn = defaultNameEn;
    }

    public String defaultCode() {
        return defaultCode;
    }

    public String defaultNameZh() {
        return defaultNameZh;
    }

    public String defaultNameEn() {
        return defaultNameEn;
    }

    public boolean isSeeded() {
        return this != CUSTOM;
    }
}
