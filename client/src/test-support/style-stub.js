// Stylesheets have no behaviour to test; jest maps every imported .css file here.
module.exports = {};
