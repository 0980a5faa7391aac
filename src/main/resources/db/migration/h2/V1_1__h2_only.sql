-- H2 has no trigram index; the plain indexes of V1 serve the small embedded databases it is used for.
SELECT 1;
