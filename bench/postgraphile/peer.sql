-- Lets PostGraphile's generated API express scenario 4 (catalogue search): the same full-text
-- condition and relevance order as apps/api courses.service.ts, as a function PostGraphile
-- exposes as `searchCourses`. A schema of its own: the app's schema stays as migrated.
create schema if not exists postgraphile_peer;
create or replace function postgraphile_peer.search_courses(text text, region text)
returns setof public.courses language sql stable as $$
  select c.* from public.courses c
  where c.retired_at is null
    and (c.search @@ to_tsquery('swedish', text || ':*') or c.search @@ to_tsquery('simple', text || ':*'))
    and exists (select 1 from public.occasions o where o.course_id = c.id and o.starts_on >= current_date
                and o.status in ('PLANNED', 'OPEN', 'FULL') and (o.region_code = region or o.online))
  order by greatest(ts_rank(c.search, to_tsquery('swedish', text || ':*')), ts_rank(c.search, to_tsquery('simple', text || ':*'))) desc, c.title_sv, c.id
$$;
