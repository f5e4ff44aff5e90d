// relgraph export: Tiny
CREATE CONSTRAINT relgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT relgraph_source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
UNWIND [
  {id: 'vtc', props: {`kind`: 'article', `title`: 'Ký Nghị định thư', `date`: '2024-10-22'}}
] AS row
MERGE (s:Source {id: row.id}) SET s += row.props;
UNWIND [
  {id: 'protocol', props: {`label`: 'Nghị định thư', `kind`: 'document', `names`: '[{"kind":"official","text":"Nghị định thư"}]'}}
] AS row
MERGE (n:Entity {id: row.id}) SET n += row.props, n:`document`;
UNWIND [
  {id: 'mod-vn', props: {`label`: 'Bộ Quốc phòng', `kind`: 'organization', `country`: 'VN', `names`: '[{"kind":"official","lang":"vi","text":"Bộ Quốc phòng"}]', `name_vi`: 'Bộ Quốc phòng'}}
] AS row
MERGE (n:Entity {id: row.id}) SET n += row.props, n:`organization`;
UNWIND [
  {id: 'giang', props: {`label`: 'Phan Văn Giang', `kind`: 'person', `country`: 'VN', `names`: '[{"kind":"official","lang":"vi","text":"Phan Văn Giang"},{"kind":"transliteration","lang":"en","text":"Phan Van Giang"}]', `name_vi`: 'Phan Văn Giang', `name_en`: 'Phan Van Giang'}}
] AS row
MERGE (n:Entity {id: row.id}) SET n += row.props, n:`person`;
UNWIND [
  {from: 'giang', to: 'mod-vn', props: {`id`: 'member_of:giang->mod-vn', `type`: 'member_of', `from_date`: '2021', `status`: 'proposed', `qualifiers`: '{"role":"minister"}', `sources`: '[{"quote":"Bộ trưởng","source":"vtc"}]', `symmetric`: false}}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to}) CREATE (a)-[r:`member_of`]->(b) SET r = row.props;
UNWIND [
  {from: 'giang', to: 'protocol', props: {`id`: 'giang-signed', `type`: 'signed', `from_date`: '2024-10', `status`: 'reported', `sources`: '[{"locator":"¶14","quote":"ký \\"Nghị định thư\\"","source":"vtc"}]', `symmetric`: false}}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to}) CREATE (a)-[r:`signed`]->(b) SET r = row.props;
