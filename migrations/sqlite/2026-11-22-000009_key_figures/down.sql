DROP TABLE key_figures;
DROP TABLE populations;
