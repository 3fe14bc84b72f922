package uk.gov.la.ei.platform.chassis;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.ServiceChassisContract;

/** The chassis keeps its own promises, before any service relies on them. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ChassisTest extends ServiceChassisContract {

    /** The test consumer's effect table: the note column is short on purpose (a poison record overflows it). */
    @Override
    protected java.util.Map<String, Integer> columnsWrittenBySql() {
        return java.util.Map.of("test_effect.event_id", 200, "test_effect.note", 20);
    }
}
