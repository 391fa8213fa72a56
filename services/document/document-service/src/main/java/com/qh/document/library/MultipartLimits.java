package com.qh.document.library;

import com.qh.document.DocumentProperties;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limits follow {@code qh.document.max-size}, so there is one setting; parts
 * past 256 KB go to disk as they arrive (to {@code qh.document.temp-directory} when set, else Tomcat's work
 * directory), and the upload is read from there as a stream: no upload is ever held in the heap.
 */
@Configuration(proxyBeanMethods = false)
class MultipartLimits {

    @Bean
    MultipartConfigElement multipartConfigElement(DocumentProperties properties) {
        long file = properties.maxSize().toBytes();
        // The other fields (kind, title) and the part headers need a little room besides the file.
        long request = file + DataSize.ofMegabytes(1).toBytes();
        String location = "";
        if (properties.tempDirectory() != null) {
            // Tomcat refuses every upload when the location does not exist.
            try {
                location = Files.createDirectories(properties.tempDirectory()).toAbsolutePath().toString();
            }
            catch (IOException e) {
                throw new UncheckedIOException("Cannot create qh.document.temp-directory "
                        + properties.tempDirectory(), e);
            }
        }
        return new MultipartConfigElement(location, file, request, (int) DataSize.ofKilobytes(256).toBytes());
    }
}
