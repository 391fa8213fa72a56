package com.qh.document;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The document service: Uploaded and generated files with versions, share links and quotas, on local disk or S3. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DocumentApplication {

    public static void main(String[] args) {
        SpringApplication.run(DocumentApplication.class, args);
    }
}
