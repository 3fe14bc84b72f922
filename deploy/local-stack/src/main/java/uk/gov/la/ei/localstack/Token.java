package uk.gov.la.ei.localstack;

import uk.gov.la.ei.testinfra.DevJwt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;

/**
 * Prints a fresh development token (12 hours) for one role, signed with the development key the
 * local stack's services trust:
 *
 * <pre>java -cp deploy/local-stack/target/local-stack.jar uk.gov.la.ei.localstack.Token sim [email]</pre>
 *
 * Without an e-mail address the token is for the sample person who holds the role (see
 * {@link DevPeople}). Never valid against a real deployment: those trust the council's identity
 * provider only.
 */
public final class Token {

    public static final Duration VALIDITY = Duration.ofHours(12);

    private Token() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2 || !DevPeople.ROLES.contains(args[0])) {
            System.err.println("Usage: java -cp deploy/local-stack/target/local-stack.jar uk.gov.la.ei.localstack.Token <role> [email]");
            System.err.println("  role: one of " + String.join(", ", DevPeople.ROLES));
            System.exit(2);
        }
        Path sampleData;
        try {
            sampleData = StackOptions.findRepository(LocalStack.codeLocation(), Paths.get("").toAbsolutePath())
                    .resolve("deploy").resolve("sample-data");
        } catch (StackOptions.UsageException notInTheRepository) {
            sampleData = Paths.get("deploy", "sample-data"); // DevPeople falls back on the same people
        }
        DevPeople.Person person = DevPeople.forRoles(sampleData).get(args[0]);
        if (args.length == 2) {
            person = new DevPeople.Person(args[0], args[1], args[1]);
        }
        System.out.println(sign(person));
    }

    static String sign(DevPeople.Person person) {
        return DevJwt.token(person.email(), person.name(), VALIDITY, person.role());
    }

    /** Writes {@code <dir>/<role>.jwt} for every role. */
    static void writeAll(Map<String, DevPeople.Person> people, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (DevPeople.Person person : people.values()) {
            Files.writeString(dir.resolve(person.role() + ".jwt"), sign(person) + "\n", StandardCharsets.UTF_8);
        }
    }
}
