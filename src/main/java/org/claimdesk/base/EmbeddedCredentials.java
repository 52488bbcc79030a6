package org.claimdesk.base;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The embedded PostgreSQL's three logins: the superuser (used only at start-up to set up the roles), the owner
 * (runs the migrations, owns every table) and the application role (owns nothing, has only its grants).
 * Their passwords are random, made on first start and kept in {@value #FILE_NAME} in the data directory,
 * readable only by the user running ClaimDesk (mode 0600).
 */
public record EmbeddedCredentials(String superuserPassword, String ownerPassword, String appPassword) {

    public static final String SUPERUSER = "postgres";
    public static final String OWNER = "claimdesk_owner";
    public static final String APP = "claimdesk_app";
    public static final String DATABASE = "postgres";
    static final String FILE_NAME = "claimdesk-credentials.properties";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final SecureRandom RANDOM = new SecureRandom();

    public EmbeddedCredentials {
        for (String password : new String[] {superuserPassword, ownerPassword, appPassword}) {
            if (password == null || !password.matches("[A-Za-z0-9_-]{20,}")) {
                throw new IllegalStateException("The embedded database's credentials file holds a malformed password.");
            }
        }
    }

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(randomPassword(), randomPassword(), randomPassword());
    }

    static Optional<EmbeddedCredentials> load(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return Optional.of(new EmbeddedCredentials(p.getProperty("superuser.password"),
                p.getProperty("owner.password"), p.getProperty("app.password")));
    }

    /** Written to a private temporary file first, then moved into place: never half-written, never world-readable. */
    void store(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Path temp = Files.createTempFile(dataDir, FILE_NAME, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            try (Writer out = Files.newBufferedWriter(temp)) {
                out.write("# ClaimDesk's embedded PostgreSQL: random passwords made on first start. Keep this file private.\n"
                        + "# Deleting it resets all three passwords on the next start.\n");
                out.write("superuser.password=" + superuserPassword + "\n");
                out.write("owner.password=" + ownerPassword + "\n");
                out.write("app.password=" + appPassword + "\n");
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[passwords hidden]";
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
