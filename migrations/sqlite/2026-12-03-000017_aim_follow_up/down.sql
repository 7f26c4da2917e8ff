DROP TABLE aim_plans;
ALTER TABLE organisations DROP COLUMN follow_up_margin;
ALTER TABLE aims DROP COLUMN indicators;
ALTER TABLE aims DROP COLUMN template;
