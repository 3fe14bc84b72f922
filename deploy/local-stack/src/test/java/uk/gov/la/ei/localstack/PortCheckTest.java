package uk.gov.la.ei.localstack;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.testinfra.FreePort;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A busy port is named, with what wanted it. */
class PortCheckTest {

    @Test
    void aPortSomebodyListensOnIsReportedByNameAndAFreeOneIsNot() throws Exception {
        int free = FreePort.pick();
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThat(PortCheck.busy(Map.of(taken.getLocalPort(), "Kafka (--kafka-port / LOCAL_KAFKA_PORT)", free, "SMTP")))
                    .containsExactly("port " + taken.getLocalPort() + " for Kafka (--kafka-port / LOCAL_KAFKA_PORT) is already in use");
        }
    }
}
