/**
 * The evaluation sets in test/fixtures/eval. Tuning sets are what the engine's rules and its
 * medical-question model learn from; the sets kept apart were written by someone who had seen
 * neither the claims nor the other sets, and only their totals are read.
 * heldout and final were kept apart until 2026-11-29, then tuned on.
 */
export const TUNING_SETS = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'dev25', 'dev26', 'dev27', 'dev28', 'dev29', 'dev30', 'dev31', 'dev32', 'dev33', 'sdev1', 'sdev2', 'sdev3', 'sdev4', 'dev34', 'dev35', 'sdev5', 'dev36', 'sdev6', 'sdev7', 'dev37', 'sdev8', 'sdev9', 'sdev10', 'sdev11', 'dev38', 'sdev12', 'sdev13', 'sdev14', 'dev39', 'dev40', 'sdev15', 'sdev16', 'sdev17', 'dev41', 'sdev18', 'dev42', 'dev43', 'sdev19', 'sdev20', 'sdev21', 'sdev22', 'dev44', 'sdev23', 'sdev24', 'dev45', 'dev46', 'sdev25', 'heldout', 'final'];
export const KEPT_APART_SETS = ['final2', 'final3', 'final4', 'final5', 'final6', 'final7', 'final8', 'final9', 'final10', 'final11', 'final12', 'final13', 'final14', 'final15', 'final16', 'sfinal1', 'sfinal2', 'final17', 'final18', 'sfinal3', 'final19', 'sfinal4', 'final20', 'sfinal5', 'final21', 'final22', 'sfinal6', 'sfinal7', 'final23', 'sfinal8', 'final24', 'sfinal9', 'final25', 'sfinal10', 'final26', 'sfinal11', 'final27', 'sfinal12', 'final28', 'sfinal13'];
