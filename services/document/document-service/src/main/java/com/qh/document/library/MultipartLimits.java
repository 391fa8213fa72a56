package com.qh.document.library;

import com.qh.document.DocumentProperties;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limits follow {@code qh.document.max-size}, so there is one setting; parts
 * past 256 KB go to disk as they arrive, and the upload is read from there as a stream.
 */
@Configuration(proxyBeanMethods = false)
class MultipartLimits {

    @Bean
    MultipartConfigElement multipartConfigElement(DocumentProperties properties) {
        long file = properties.maxSize().toBytes();
        // The other fields (kind, title) and the part headers need a little room besides the file.
        long request = file + DataSize.ofMegabytes(1).toBytes();
        String location = properties.tempDirectory() == null ? "" : properties.tempDirectory().toString();
        return new MultipartConfigElement(location, file, request, (int) DataSize.ofKilobytes(256).toBytes());
    }
}
