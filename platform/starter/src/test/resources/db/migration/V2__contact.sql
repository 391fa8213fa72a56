create table contact (id uuid primary key, phone text);
