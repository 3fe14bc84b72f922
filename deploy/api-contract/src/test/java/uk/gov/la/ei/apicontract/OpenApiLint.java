package uk.gov.la.ei.apicontract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules of Redocly's "recommended" ruleset that matter for an OpenAPI 3.1 document a client is generated from,
 * as a JVM check the build runs without Node.js (README.md lists them against Redocly's names). Each rule is one
 * method named after the Redocly rule it stands for; {@link #RULES} lists them in one place. A document is clean
 * when {@link #check(JsonNode)} finds nothing: warnings and errors alike fail the build, as "clean" means neither.
 */
public final class OpenApiLint {

    /** One problem: the Redocly rule name, where (a JSON pointer into the document), and what. */
    public record Finding(String rule, String at, String message) {
        @Override
        public String toString() {
            return rule + " at " + at + ": " + message;
        }
    }

    private record Rule(String name, Function<JsonNode, List<Finding>> check) {
    }

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** operationIds clients turn into method names: camelCase, letters and digits (also url-safe). */
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** Every rule the build enforces, in one place (README.md says which Redocly rule each one is). */
    private static final List<Rule> RULES = List.of(
            new Rule("struct", OpenApiLint::struct),
            new Rule("info-license", OpenApiLint::infoLicense),
            new Rule("info-license-strict", OpenApiLint::infoLicenseStrict),
            new Rule("info-contact", OpenApiLint::infoContact),
            new Rule("no-empty-servers", OpenApiLint::noEmptyServers),
            new Rule("no-server-example.com", OpenApiLint::noServerExampleCom),
            new Rule("no-server-trailing-slash", OpenApiLint::noServerTrailingSlash),
            new Rule("no-path-trailing-slash", OpenApiLint::noPathTrailingSlash),
            new Rule("path-declaration-must-exist", OpenApiLint::pathDeclarationMustExist),
            new Rule("path-not-include-query", OpenApiLint::pathNotIncludeQuery),
            new Rule("no-identical-paths", OpenApiLint::noIdenticalPaths),
            new Rule("path-parameters-defined", OpenApiLint::pathParametersDefined),
            new Rule("operation-parameters-unique", OpenApiLint::operationParametersUnique),
            new Rule("operation-operationId", OpenApiLint::operationOperationId),
            new Rule("operation-operationId-unique", OpenApiLint::operationOperationIdUnique),
            new Rule("operation-operationId-url-safe", OpenApiLint::operationOperationIdCamelCase),
            new Rule("operation-summary", OpenApiLint::operationSummary),
            new Rule("operation-2xx-response", OpenApiLint::operation2xxResponse),
            new Rule("operation-4xx-response", OpenApiLint::operation4xxResponse),
            new Rule("tag-description", OpenApiLint::tagDescription),
            new Rule("no-duplicated-tag-names", OpenApiLint::noDuplicatedTagNames),
            new Rule("security-defined", OpenApiLint::securityDefined),
            new Rule("no-unresolved-refs", OpenApiLint::noUnresolvedRefs),
            new Rule("no-unused-components", OpenApiLint::noUnusedComponents),
            new Rule("spec-components-invalid-map-name", OpenApiLint::specComponentsInvalidMapName),
            new Rule("no-enum-type-mismatch", OpenApiLint::noEnumTypeMismatch),
            new Rule("no-duplicated-enum-values", OpenApiLint::noDuplicatedEnumValues),
            new Rule("no-required-schema-properties-undefined", OpenApiLint::noRequiredSchemaPropertiesUndefined),
            new Rule("no-example-value-and-externalValue", OpenApiLint::noExampleValueAndExternalValue),
            new Rule("no-invalid-schema-examples", OpenApiLint::noInvalidSchemaExamples),
            new Rule("no-invalid-media-type-examples", OpenApiLint::noInvalidMediaTypeExamples));

    private OpenApiLint() {
    }

    public static List<String> ruleNames() {
        return RULES.stream().map(Rule::name).toList();
    }

    public static List<Finding> check(JsonNode document) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : RULES) {
            for (Finding finding : rule.check().apply(document)) {
                findings.add(new Finding(rule.name(), finding.at(), finding.message()));
            }
        }
        return findings;
    }

    // ------------------------------------------------------------------------------------------- info, servers

    static List<Finding> struct(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        if (!doc.path("openapi").asText("").startsWith("3.")) {
            out.add(finding("#/openapi", "not an OpenAPI 3 document"));
        }
        for (String field : List.of("title", "version")) {
            if (doc.path("info").path(field).asText("").isBlank()) {
                out.add(finding("#/info/" + field, "info." + field + " is missing"));
            }
        }
        if (!doc.path("paths").isObject()) {
            out.add(finding("#/paths", "no paths"));
        }
        return out;
    }

    static List<Finding> infoLicense(JsonNode doc) {
        return doc.path("info").path("license").path("name").asText("").isBlank()
                ? List.of(finding("#/info/license", "info should contain a license with a name"))
                : List.of();
    }

    static List<Finding> infoLicenseStrict(JsonNode doc) {
        JsonNode license = doc.path("info").path("license");
        return license.isObject() && license.path("url").asText("").isBlank() && license.path("identifier").asText("").isBlank()
                ? List.of(finding("#/info/license", "the license should have a url or an identifier"))
                : List.of();
    }

    /** Not in "recommended" (where it is off), but a council system generating a client needs to know whom to ask. */
    static List<Finding> infoContact(JsonNode doc) {
        JsonNode contact = doc.path("info").path("contact");
        return contact.path("name").asText("").isBlank()
                || (contact.path("email").asText("").isBlank() && contact.path("url").asText("").isBlank())
                ? List.of(finding("#/info/contact", "info should contain a contact with a name and an e-mail or url"))
                : List.of();
    }

    static List<Finding> noEmptyServers(JsonNode doc) {
        return doc.path("servers").isArray() && !doc.path("servers").isEmpty()
                ? List.of()
                : List.of(finding("#/servers", "servers must be present and not empty"));
    }

    static List<Finding> noServerExampleCom(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        eachServer(doc, (at, url) -> {
            String host = hostOf(url);
            if (host.equals("example.com") || host.endsWith(".example.com") || host.equals("localhost")
                    || host.equals("0.0.0.0") || host.startsWith("127.")) {
                out.add(finding(at, "server url should not point to example.com or localhost: " + url));
            }
        });
        return out;
    }

    static List<Finding> noServerTrailingSlash(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        eachServer(doc, (at, url) -> {
            if (url.endsWith("/") && !url.equals("/")) {
                out.add(finding(at, "server url should not end with a slash: " + url));
            }
        });
        return out;
    }

    // ------------------------------------------------------------------------------------------- paths

    static List<Finding> noPathTrailingSlash(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(path -> {
            if (path.endsWith("/") && !path.equals("/")) {
                out.add(finding(pathPointer(path), "path should not end with a slash"));
            }
        });
        return out;
    }

    static List<Finding> pathNotIncludeQuery(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(path -> {
            if (path.contains("?")) {
                out.add(finding(pathPointer(path), "path should not include a query string"));
            }
        });
        return out;
    }

    static List<Finding> noIdenticalPaths(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        doc.path("paths").fieldNames().forEachRemaining(path -> {
            String shape = PATH_PARAMETER.matcher(path).replaceAll("{}");
            String earlier = seen.putIfAbsent(shape, path);
            if (earlier != null) {
                out.add(finding(pathPointer(path), "the same path as " + earlier + " but for parameter names"));
            }
        });
        return out;
    }

    /** Every {name} of the path is a path parameter of each operation, and every path parameter is in the path. */
    static List<Finding> pathParametersDefined(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        eachOperation(doc, (path, method, operation, at) -> {
            Set<String> inPath = new LinkedHashSet<>();
            Matcher m = PATH_PARAMETER.matcher(path);
            while (m.find()) {
                inPath.add(m.group(1));
            }
            Set<String> declared = new LinkedHashSet<>();
            for (JsonNode parameter : parameters(doc, path, operation)) {
                if ("path".equals(parameter.path("in").asText())) {
                    declared.add(parameter.path("name").asText());
                }
            }
            for (String name : inPath) {
                if (!declared.contains(name)) {
                    out.add(finding(at, "path parameter {" + name + "} is not declared"));
                }
            }
            for (String name : declared) {
                if (!inPath.contains(name)) {
                    out.add(finding(at, "path parameter " + name + " is not in the path"));
                }
            }
        });
        return out;
    }

    static List<Finding> operationParametersUnique(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        eachOperation(doc, (path, method, operation, at) -> {
            Set<String> seen = new HashSet<>();
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode p = resolve(doc, parameter);
                String key = p.path("in").asText() + ":" + p.path("name").asText();
                if (!seen.add(key)) {
                    out.add(finding(at + "/parameters", "parameter " + key + " is declared twice"));
                }
            }
        });
        return out;
    }

    // ------------------------------------------------------------------------------------------- operations

    static List<Finding> operationOperationId(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        eachOperation(doc, (path, method, operation, at) -> {
            if (operation.path("operationId").asText("").isBlank()) {
                out.add(finding(at, method.toUpperCase() + " " + path + " has no operationId"));
            }
        });
        return out;
    }

    static List<Finding> operationOperationIdUnique(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        eachOperation(doc, (path, method, operation, at) -> {
            String id = operation.path("operationId").asText("");
            if (!id.isBlank()) {
                String earlier = seen.putIfAbsent(id, method.toUpperCase() + " " + path);
                if (earlier != null) {
                    out.add(finding(at + "/operationId", "operationId " + id + " is also " + earlier));
                }
            }
        });
        return out;
    }

    /** Redocly asks for url-safe ids; a generated client's method names want camelCase, which is url-safe too. */
    static List<Finding> operationOperationIdCamelCase(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        eachOperation(doc, (path, method, operation, at) -> {
            String id = operation.path("operationId").asText("");
            if (!id.isBlank() && !CAMEL_CASE.matcher(id).matches()) {
                out.add(finding(at + "/operationId", "operationId " + id + " is not camelCase letters and digits"));
            }
        });
        return out;
    }

    static List<Finding> operationSummary(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        eachOperation(doc, (path, method, operation, at) -> {
            if (operation.path("summary").asText("").isBlank()) {
                out.add(finding(at, method.toUpperCase() + " " + path + " has no summary"));
            }
        });
        return out;
    }

    static List<Finding> operation2xxResponse(JsonNode doc) {
        return responseClass(doc, "2", "a success (2XX) response");
    }

    static List<Finding> operation4xxResponse(JsonNode doc) {
        return responseClass(doc, "4", "a client error (4XX) response");
    }

    private static List<Finding> responseClass(JsonNode doc, String first, String what) {
        List<Finding> out = new ArrayList<>();
        eachOperation(doc, (path, method, operation, at) -> {
            boolean found = false;
            for (Iterator<String> codes = operation.path("responses").fieldNames(); codes.hasNext(); ) {
                String code = codes.next();
                found |= code.startsWith(first);
            }
            if (!found) {
                out.add(finding(at + "/responses", method.toUpperCase() + " " + path + " declares no " + what));
            }
        });
        return out;
    }

    // ------------------------------------------------------------------------------------------- tags, security

    /** Every tag declared has a description, and every tag an operation uses is declared (so it has one). */
    static List<Finding> tagDescription(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        Map<String, JsonNode> declared = new HashMap<>();
        int i = 0;
        for (JsonNode tag : doc.path("tags")) {
            declared.put(tag.path("name").asText(), tag);
            if (tag.path("description").asText("").isBlank()) {
                out.add(finding("#/tags/" + i, "tag " + tag.path("name").asText() + " has no description"));
            }
            i++;
        }
        eachOperation(doc, (path, method, operation, at) -> {
            for (JsonNode tag : operation.path("tags")) {
                if (!declared.containsKey(tag.asText())) {
                    out.add(finding(at + "/tags", "tag " + tag.asText() + " is used but not declared with a description"));
                }
            }
        });
        return out;
    }

    /** Every operation has a security requirement (its own or the document's), naming declared schemes only. */
    static List<Finding> securityDefined(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        JsonNode schemes = doc.path("components").path("securitySchemes");
        JsonNode global = doc.path("security");
        eachOperation(doc, (path, method, operation, at) -> {
            JsonNode security = operation.has("security") ? operation.get("security") : global;
            if (security.isMissingNode() || !security.isArray()) {
                out.add(finding(at, method.toUpperCase() + " " + path + " has no security requirement"));
                return;
            }
            for (JsonNode requirement : security) {
                requirement.fieldNames().forEachRemaining(name -> {
                    if (!schemes.has(name)) {
                        out.add(finding(at + "/security", "security scheme " + name + " is not declared"));
                    }
                });
            }
        });
        return out;
    }

    // ------------------------------------------------------------------------------------------- references

    static List<Finding> noUnresolvedRefs(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        eachNode(doc, "#", (node, at) -> {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && (!ref.asText().startsWith("#/") || doc.at(ref.asText().substring(1)).isMissingNode())) {
                out.add(finding(at, "$ref " + ref.asText() + " does not resolve inside the document"));
            }
        });
        return out;
    }

    static List<Finding> noUnusedComponents(JsonNode doc) {
        Set<String> referenced = new HashSet<>();
        eachNode(doc, "#", (node, at) -> {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                referenced.add(ref.asText());
            }
        });
        List<Finding> out = new ArrayList<>();
        for (String kind : List.of("schemas", "responses", "parameters", "examples", "requestBodies", "headers", "links", "callbacks", "pathItems")) {
            doc.path("components").path(kind).fieldNames().forEachRemaining(name -> {
                String pointer = "#/components/" + kind + "/" + escape(name);
                if (!referenced.contains(pointer)) {
                    out.add(finding(pointer, "component " + name + " is never used"));
                }
            });
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------- schemas, examples

    static List<Finding> noEnumTypeMismatch(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        eachNode(doc, "#", (node, at) -> {
            JsonNode values = node.get("enum");
            JsonNode type = node.get("type");
            if (values == null || !values.isArray() || type == null) {
                return;
            }
            Set<String> types = new HashSet<>();
            if (type.isArray()) {
                type.forEach(t -> types.add(t.asText()));
            } else {
                types.add(type.asText());
            }
            for (JsonNode value : values) {
                if (types.stream().noneMatch(t -> hasType(value, t))) {
                    out.add(finding(at + "/enum", "enum value " + value + " is not of type " + types));
                }
            }
        });
        return out;
    }

    static List<Finding> pathDeclarationMustExist(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(path -> {
            if (path.contains("{}")) {
                out.add(finding(pathPointer(path), "path parameter declaration {} has no name"));
            }
        });
        return out;
    }

    static List<Finding> noDuplicatedTagNames(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (JsonNode tag : doc.path("tags")) {
            if (!seen.add(tag.path("name").asText())) {
                out.add(finding("#/tags/" + i, "tag " + tag.path("name").asText() + " is declared twice"));
            }
            i++;
        }
        return out;
    }

    private static final Pattern COMPONENT_NAME = Pattern.compile("[a-zA-Z0-9._-]+");

    static List<Finding> specComponentsInvalidMapName(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        doc.path("components").fields().forEachRemaining(kind -> kind.getValue().fieldNames().forEachRemaining(name -> {
            if (!COMPONENT_NAME.matcher(name).matches()) {
                out.add(finding("#/components/" + kind.getKey() + "/" + escape(name), "component name " + name + " is not [a-zA-Z0-9._-]+"));
            }
        }));
        return out;
    }

    static List<Finding> noDuplicatedEnumValues(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        eachNode(doc, "#", (node, at) -> {
            JsonNode values = node.get("enum");
            if (values != null && values.isArray()) {
                Set<JsonNode> seen = new HashSet<>();
                for (JsonNode value : values) {
                    if (!seen.add(value)) {
                        out.add(finding(at + "/enum", "enum value " + value + " is listed twice"));
                    }
                }
            }
        });
        return out;
    }

    /** A required property is defined in the schema's properties (or, through allOf, in one of its parts). */
    static List<Finding> noRequiredSchemaPropertiesUndefined(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        eachNode(doc, "#", (node, at) -> {
            JsonNode required = node.get("required");
            if (required == null || !required.isArray() || !looksLikeSchema(node)) {
                return;
            }
            Set<String> defined = new HashSet<>();
            collectProperties(doc, node, defined, 0);
            for (JsonNode name : required) {
                if (!defined.contains(name.asText())) {
                    out.add(finding(at + "/required", "required property " + name.asText() + " is not defined"));
                }
            }
        });
        return out;
    }

    private static void collectProperties(JsonNode doc, JsonNode schema, Set<String> into, int depth) {
        if (depth > 20) {
            return;
        }
        JsonNode resolved = resolve(doc, schema);
        resolved.path("properties").fieldNames().forEachRemaining(into::add);
        for (JsonNode part : resolved.path("allOf")) {
            collectProperties(doc, part, into, depth + 1);
        }
    }

    static List<Finding> noExampleValueAndExternalValue(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        eachNode(doc, "#", (node, at) -> {
            if (node.has("value") && node.has("externalValue")) {
                out.add(finding(at, "an example has both value and externalValue"));
            }
        });
        return out;
    }

    /** Examples of a schema ({@code examples: [...]} or {@code example}) are valid against it. */
    static List<Finding> noInvalidSchemaExamples(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        eachNode(doc, "#", (node, at) -> {
            if (node.has("schema") || !looksLikeSchema(node)) {
                return;
            }
            JsonNode examples = node.get("examples");
            if (examples != null && examples.isArray()) {
                int i = 0;
                for (JsonNode example : examples) {
                    validate(doc, node, example, at + "/examples/" + i++, out);
                }
            }
            if (node.has("example")) {
                validate(doc, node, node.get("example"), at + "/example", out);
            }
        });
        return out;
    }

    /** Examples of a media type or parameter ({@code example}, or {@code examples} by name) are valid against its schema. */
    static List<Finding> noInvalidMediaTypeExamples(JsonNode doc) {
        List<Finding> out = new ArrayList<>();
        eachNode(doc, "#", (node, at) -> {
            JsonNode schema = node.get("schema");
            if (schema == null || !schema.isObject()) {
                return;
            }
            if (node.has("example")) {
                validate(doc, schema, node.get("example"), at + "/example", out);
            }
            JsonNode examples = node.get("examples");
            if (examples != null && examples.isObject()) {
                examples.fields().forEachRemaining(e -> {
                    JsonNode example = resolve(doc, e.getValue());
                    if (example.has("value")) {
                        validate(doc, schema, example.get("value"), at + "/examples/" + escape(e.getKey()) + "/value", out);
                    }
                });
            }
        });
        return out;
    }

    private static final java.util.concurrent.atomic.AtomicLong EXAMPLE_IDS = new java.util.concurrent.atomic.AtomicLong();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // formats asserted, as Redocly's validator (ajv with formats) does: a date-time example must be a date-time
    private static final SchemaValidatorsConfig ASSERT_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    /**
     * Validates one example against one schema of the document: the schema, with the document's components beside
     * it, so that its {@code #/components/schemas/...} references resolve as in the document.
     */
    private static void validate(JsonNode doc, JsonNode schema, JsonNode example, String at, List<Finding> out) {
        ObjectNode standalone = schema.deepCopy();
        standalone.remove(List.of("example", "examples"));
        if (doc.has("components")) {
            standalone.set("components", doc.get("components"));
        }
        // a fresh identifier each time: nothing resolved for one document is reused for another
        URI id = URI.create("urn:api-contract:example:" + EXAMPLE_IDS.incrementAndGet());
        Set<ValidationMessage> errors;
        try {
            errors = SCHEMAS.getSchema(id, standalone, ASSERT_FORMATS).validate(example);
        } catch (JsonSchemaException unreadable) {
            return; // a reference that does not resolve: no-unresolved-refs names it
        }
        for (ValidationMessage error : errors) {
            out.add(finding(at, "example " + example + " does not match its schema: " + error.getMessage()));
        }
    }

    private static boolean looksLikeSchema(JsonNode node) {
        return Stream.of("type", "$ref", "properties", "items", "allOf", "oneOf", "anyOf", "enum", "format", "const")
                .anyMatch(node::has);
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> false;
        };
    }

    // ------------------------------------------------------------------------------------------- walking

    interface OperationVisitor {
        void visit(String path, String method, JsonNode operation, String at);
    }

    static void eachOperation(JsonNode doc, OperationVisitor visitor) {
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            if (METHODS.contains(m.getKey())) {
                visitor.visit(p.getKey(), m.getKey(), m.getValue(), pathPointer(p.getKey()) + "/" + m.getKey());
            }
        }));
    }

    interface NodeVisitor {
        void visit(JsonNode node, String at);
    }

    private enum Kind { OBJECT, NAMES, EXAMPLES, EXAMPLE }

    /**
     * Every object of the document, depth first. Example values are data, not document, and are not entered; a
     * schema's {@code properties} are names, so a property called "example" is still entered.
     */
    static void eachNode(JsonNode node, String at, NodeVisitor visitor) {
        eachNode(node, at, visitor, Kind.OBJECT);
    }

    private static void eachNode(JsonNode node, String at, NodeVisitor visitor, Kind kind) {
        if (node.isObject()) {
            if (kind != Kind.NAMES && kind != Kind.EXAMPLES) {
                visitor.visit(node, at);
            }
            node.fields().forEachRemaining(e -> {
                String key = e.getKey();
                JsonNode value = e.getValue();
                String here = at + "/" + escape(key);
                switch (kind) {
                    case NAMES -> eachNode(value, here, visitor, Kind.OBJECT);
                    case EXAMPLES -> eachNode(value, here, visitor, Kind.EXAMPLE);
                    case EXAMPLE -> {
                        if (!key.equals("value")) {
                            eachNode(value, here, visitor, Kind.OBJECT);
                        }
                    }
                    case OBJECT -> {
                        if (key.equals("example") || (key.equals("examples") && value.isArray())) {
                            return;
                        }
                        Kind next = key.equals("examples") ? Kind.EXAMPLES
                                : Set.of("properties", "patternProperties", "$defs", "definitions").contains(key) ? Kind.NAMES
                                : Kind.OBJECT;
                        eachNode(value, here, visitor, next);
                    }
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                eachNode(node.get(i), at + "/" + i, visitor, Kind.OBJECT);
            }
        }
    }

    private static void eachServer(JsonNode doc, java.util.function.BiConsumer<String, String> visitor) {
        int i = 0;
        for (JsonNode server : doc.path("servers")) {
            visitor.accept("#/servers/" + i++ + "/url", server.path("url").asText(""));
        }
    }

    private static List<JsonNode> parameters(JsonNode doc, String path, JsonNode operation) {
        List<JsonNode> all = new ArrayList<>();
        doc.path("paths").path(path).path("parameters").forEach(p -> all.add(resolve(doc, p)));
        operation.path("parameters").forEach(p -> all.add(resolve(doc, p)));
        return all;
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref != null && ref.asText().startsWith("#/") ? doc.at(ref.asText().substring(1)) : node;
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.toLowerCase();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String pathPointer(String path) {
        return "#/paths/" + escape(path);
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static Finding finding(String at, String message) {
        return new Finding("", at, message);
    }
}
