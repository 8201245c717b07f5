package com.complaints.core.attachment;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The file-system storage, unless another adapter provides the port. */
@Configuration(proxyBeanMethods = false)
class AttachmentStorageConfiguration {

    @Bean
    @ConditionalOnMissingBean(AttachmentStorage.class)
    AttachmentStorage fileSystemAttachmentStorage(@Value("${complaints.attachments.directory:./data/attachments}") Path root) {
        return new FileSystemAttachmentStorage(root);
    }
}
