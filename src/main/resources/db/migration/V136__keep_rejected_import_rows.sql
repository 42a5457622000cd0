-- A rejected row keeps its fields as the file gave them, and an import the columns of its file,
-- so that the rejected rows can be downloaded as a CSV, corrected and uploaded again.
alter table lead_import add column columns text[];
alter table lead_import_error add column fields jsonb;
