#!/bin/bash
# First start of the compose PostgreSQL: one login role per service. Each may create schemas in the
# database (its Flyway creates its own schema, which the role then owns); none is granted another's
# schema, so wellbeing's health data is readable only by wellbeing-service's role.
set -euo pipefail
for role in notification support_tracking feedback wellbeing; do
  var="${role^^}_DB_PASSWORD"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
       --set=role="$role" --set=password="${!var}" --set=db="$POSTGRES_DB" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
GRANT CONNECT, CREATE ON DATABASE :"db" TO :"role";
SQL
done
