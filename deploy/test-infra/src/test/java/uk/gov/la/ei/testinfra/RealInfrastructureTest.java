package uk.gov.la.ei.testinfra;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The infrastructure every service's tests stand on: a real broker that round-trips a record, a real database. */
class RealInfrastructureTest {

    @Test
    void kafkaBrokerAcceptsAndDeliversARecord() throws Exception {
        String servers = RealInfrastructure.kafka().bootstrapServers();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("smoke", "116123", "hello")).get();
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "smoke-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("smoke"));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (seen.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
            }
            assertThat(seen).extracting(ConsumerRecord::key, ConsumerRecord::value).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("116123", "hello"));
        }
    }

    @Test
    void postgresRunsRealSql() throws Exception {
        Postgres pg = RealInfrastructure.postgres();
        pg.ensureDatabase("smoke");
        pg.ensureDatabase("smoke");
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("smoke"), Postgres.USER, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("PostgreSQL 17");
        }
    }

    @Test
    void devTokensCarryTheRole() {
        String token = DevJwt.token("sim.one@hants-ei.example", "sim");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims).contains("\"groups\":[\"sim\"]").contains(DevJwt.ISSUER);
    }
}
