package com.qh.document.storage;

import com.qh.document.DocumentProperties;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Blobs as objects in one bucket of an S3-compatible store (AWS S3, MinIO, Yandex Object Storage, Ceph, ...),
 * addressed path-style through the configured endpoint by default.
 */
class S3BlobStore implements BlobStore, AutoCloseable {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    S3BlobStore(DocumentProperties.S3 settings) {
        AwsCredentialsProvider credentials = settings.accessKey() == null || settings.accessKey().isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(),
                        settings.secretKey()));
        S3Configuration configuration = S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle())
                .build();
        var client = S3Client.builder().region(Region.of(settings.region())).credentialsProvider(credentials)
                .serviceConfiguration(configuration);
        var presigning = S3Presigner.builder().region(Region.of(settings.region())).credentialsProvider(credentials)
                .serviceConfiguration(configuration);
        if (settings.endpoint() != null) {
            client.endpointOverride(settings.endpoint());
            presigning.endpointOverride(settings.endpoint());
        }
        this.s3 = client.build();
        this.presigner = presigning.build();
        this.bucket = settings.bucket();
        if (settings.createBucket()) {
            createBucketIfMissing();
        }
    }

    private void createBucketIfMissing() {
        try {
            s3.headBucket(HeadBucketRequest.builder().bucket(bucket).build());
        }
        catch (NoSuchBucketException missing) {
            s3.createBucket(b -> b.bucket(bucket));
        }
        catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(b -> b.bucket(bucket));
        }
    }

    @Override
    public void put(String key, Path file) {
        s3.putObject(b -> b.bucket(bucket).key(Keys.checked(key)), RequestBody.fromFile(file));
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(Keys.checked(key));
        if (offset > 0 || length >= 0) {
            request.range("bytes=" + offset + "-" + (length < 0 ? "" : Long.toString(offset + length - 1)));
        }
        try {
            return s3.getObject(request.build());
        }
        catch (NoSuchKeyException e) {
            throw new BlobNotFoundException(key);
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(Keys.checked(key)));
            return true;
        }
        catch (NoSuchKeyException e) {
            return false;
        }
        catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(Keys.checked(key)));
    }

    @Override
    public Stream<StoredBlob> list(String prefix) {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .map(object -> new StoredBlob(object.key(), object.size(), object.lastModified()));
    }

    @Override
    public Optional<URI> presignedUrl(String key, Duration ttl, String mediaType, String contentDisposition) {
        var presigned = presigner.presignGetObject(p -> p.signatureDuration(ttl).getObjectRequest(g -> g
                .bucket(bucket).key(Keys.checked(key)).responseContentType(mediaType)
                .responseContentDisposition(contentDisposition)));
        return Optional.of(URI.create(presigned.url().toString()));
    }

    @Override
    public void close() {
        s3.close();
        presigner.close();
    }
}
